"""Operating-system errors in Norwegian (bokmål) for the command line and the app.

Python's ``OSError`` text comes from the C library in English ("No such file or
directory"); a caseworker or an IT technician reading our messages gets them in Norwegian.
"""

from __future__ import annotations

import errno
import os

#: errno → what went wrong, in bokmål.
_REASONS = {
    errno.ENOENT: "finnes ikke",
    errno.EACCES: "ingen tilgang (mangler rettigheter)",
    errno.EPERM: "ikke tillatt",
    errno.EISDIR: "er en mappe, ikke en fil",
    errno.ENOTDIR: "en del av stien er ikke en mappe",
    errno.EEXIST: "finnes fra før",
    errno.ENOSPC: "det er ikke mer plass på disken",
    errno.EROFS: "filsystemet er skrivebeskyttet",
    errno.EBUSY: "er i bruk",
    errno.ENAMETOOLONG: "filnavnet er for langt",
    errno.EMFILE: "for mange åpne filer",
    errno.EIO: "lese- eller skrivefeil på disken",
    errno.EXDEV: "kan ikke flyttes mellom to disker",
    errno.ENOTEMPTY: "mappen er ikke tom",
    errno.ELOOP: "for mange symbolske lenker",
    errno.EINVAL: "ugyldig filnavn eller verdi",
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = "diskkvoten er brukt opp"


def os_error_nb(exc: OSError) -> str:
    """``«sti»: hva som gikk galt`` in Norwegian, for any ``OSError``."""
    reason = _REASONS.get(exc.errno or -1)
    if reason is None:
        detail = exc.strerror or str(exc) or type(exc).__name__
        reason = f"systemfeil ({detail})"
    names = [os.fsdecode(name) for name in (exc.filename, exc.filename2) if name is not None]
    if exc.errno == errno.ENOENT and len(names) == 1:
        parent = os.path.dirname(names[0])
        if parent and not os.path.isdir(parent):
            return f"«{parent}»: mappen finnes ikke"
    if len(names) == 2:
        return f"«{names[0]}» → «{names[1]}»: {reason}"
    if names:
        return f"«{names[0]}»: {reason}"
    return reason[:1].upper() + reason[1:]


def is_bad_path(exc: OSError) -> bool:
    """The user named a path that is not there or not of the right kind (bad input, exit 2)."""
    return isinstance(exc, FileNotFoundError | IsADirectoryError | NotADirectoryError)
