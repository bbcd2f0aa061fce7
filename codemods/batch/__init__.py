"""``codemod batch``: fix model responses by the thousand (Markdown, JSONL datasets, source folders).

``markdown`` finds and names the code blocks of a response and splices fixes back; ``samples``
streams the inputs; ``worker`` fixes one sample (all its blocks as one project) and verifies it;
``runner`` drives the workers (local processes or Dask) and writes outputs resumably; ``report``
sums the report up; ``cli`` is the command line.
"""
