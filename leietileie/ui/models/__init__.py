"""Table models shared by views (issue 14's Oppfølging lists)."""
