class Fn:
    @staticmethod
    def jsonDecode(text):
        return text


class Token:
    asString = str


value = Token.asString(Fn.jsonDecode("{}"))
