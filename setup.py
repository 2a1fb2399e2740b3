"""Everything else is in pyproject.toml. This file only exists because setuptools'
pyproject tables cannot list found packages and extra mapped ones together.

`ui/`, `resources/` and `translations/` stay at the repository's top, where designers,
translators and packagers edit them, and ship inside the package as `accountdesk/ui/`,
`accountdesk/resources/` and `accountdesk/translations/` (found at run time by
`accountdesk.shipped`); so does the user guide, `docs/user-guide.md`, as
`accountdesk/docs/` (the Help menu shows it).
"""

from setuptools import find_packages, setup

SHIPPED = {
    "accountdesk.ui": "ui",
    "accountdesk.resources": "resources",
    "accountdesk.translations": "translations",
    "accountdesk.docs": "docs",
}

setup(
    packages=[*find_packages("src"), *SHIPPED],
    package_dir={"": "src", **SHIPPED},
)
