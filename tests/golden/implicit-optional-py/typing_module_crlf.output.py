import typing


def tags_for(name: str, extra: typing.Optional[typing.Dict[str, str]] = None) -> typing.Dict[str, str]:
    return {"Name": name, **(extra or {})}
