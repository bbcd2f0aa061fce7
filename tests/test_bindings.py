"""Local names planned for imports: the name itself, else an Aws-prefixed alias; aliases kept."""
from codemods.core.bindings import LocalNames


def test_a_free_name_is_used_as_it_is_and_then_reused():
    names = LocalNames(taken={"Construct"})
    assert names.bind("vpc", "Vpc") == "Vpc"
    assert names.bind("vpc", "Vpc") == "Vpc"


def test_a_taken_name_gets_a_fresh_alias():
    names = LocalNames(taken={"Vpc", "AwsVpc"})
    assert names.bind("vpc", "Vpc") == "AwsVpc2"


def test_an_alias_the_file_chose_is_kept_beside_the_plain_name():
    names = LocalNames(taken=set())
    assert names.bind("subnet", "Subnet", "Sn") == "Sn"
    assert names.bind("subnet", "Subnet") == "Sn"
    assert names.planned == {("subnet", "Subnet"): ["Sn"]}
