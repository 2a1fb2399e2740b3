class Refused(Exception):
    """A user's request that a rule turns down. The message is one sentence meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
