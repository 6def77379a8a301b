"""The Qt-free core of PlusDesk: storage, reference data, domain logic and statistics."""
