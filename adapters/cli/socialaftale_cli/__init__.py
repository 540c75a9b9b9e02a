"""The ``socialaftale`` command: the secretariat's daily tool, a thin adapter over the API."""
