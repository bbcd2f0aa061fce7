from typing import Optional as Opt

from constructs import Construct


class Queue(Construct):
    def __init__(self, scope: Construct, id: str, *, retention_seconds: int = None, fifo: bool = None):
        super().__init__(scope, id)
        self.retention: Opt[int] = retention_seconds
        self.fifo = fifo
