"""Typed errors of the core, each with a message a practice manager understands (Dutch)."""


class PlusDeskError(Exception):
    """Base class: the message is shown to the user as is."""

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message if not self.detail else f"{self.message}\n{self.detail}"


class NotAPlusDeskFile(PlusDeskError):
    """The file exists but is not a PlusDesk data file."""


class NewerSchemaError(PlusDeskError):
    """The file was written by a newer PlusDesk than this one."""


class MigrationError(PlusDeskError):
    """A schema upgrade failed; the file was left as it was."""


class FileExistsErrorNL(PlusDeskError):
    """Refusing to overwrite an existing file."""


class ValidationError(PlusDeskError):
    """A value entered by the user is not acceptable."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class CatalogueError(PlusDeskError):
    """A catalogue file is malformed or does not fit the current data."""


class NoPracticeError(PlusDeskError):
    """The data file has no practice recorded yet."""


class PermissionDeniedError(PlusDeskError):
    """The signed-in user's role does not allow this action."""


class LoginError(PlusDeskError):
    """Signing in failed: wrong name or password, or the account is locked or inactive."""


class CorruptFileError(PlusDeskError):
    """SQLite found damage in the data file; a backup may bring it back."""

    def __init__(self, message: str, *, path: object = None, detail: str | None = None) -> None:
        super().__init__(message, detail=detail)
        self.path = path


class FileInUseError(PlusDeskError):
    """Another PlusDesk holds the data file open."""


class BackupError(PlusDeskError):
    """A backup could not be made, read or put back; the data file was left as it was."""
