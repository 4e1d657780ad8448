"""One repository per aggregate; each takes a :class:`~leietileie.storage.session.Session`,
never the register."""
