from __future__ import annotations

from typing import Any, Dict, Optional, Union

from constructs import Construct


class Fine(Construct):
    def __init__(self, scope: Construct, id: str, a: Optional[str] = None, b: Union[str, None] = None,
                 c: str | None = None, d: Any = None, e: "Settings" = None, f=None, g: int = 0,
                 h: None = None, i: object = None):
        super().__init__(scope, id)
