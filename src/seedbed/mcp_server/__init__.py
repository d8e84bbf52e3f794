"""The MCP server (``seedbed mcp``, stdio): seedbed's tools for AI agents. Optional: ``pip install 'seedbed[mcp]'``.

The package is ``mcp_server``, not ``mcp``, so that it never shadows the SDK's ``mcp`` package.
"""

from seedbed.mcp_server.server import TOOL_NAMES, build_server, run_stdio

__all__ = ["TOOL_NAMES", "build_server", "run_stdio"]
