"""The schema: numbered migrations (:mod:`.migrations`) and their runner (:mod:`.runner`)."""
