"""cdktf-codemods: repair LLM-generated CDKTF code, one transform per known failure."""

__version__ = "0.1.0"
