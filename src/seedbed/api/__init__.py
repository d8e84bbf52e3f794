"""The HTTP API (FastAPI): ``seedbed serve``. Optional: ``pip install 'seedbed[api]'``.

``create_app(limits=..., api_key=...)`` builds the application; every route is a thin layer
over ``seedbed.generate_files`` and ``seedbed.introspect.spec``.
"""

from seedbed.api.app import Limits, create_app

__all__ = ["Limits", "create_app"]
