"""The MySQL / MariaDB engine (PyMySQL): LOAD DATA LOCAL INFILE from memory, one transaction."""

from seedbed.engines.mysql.engine import MySQLEngine

__all__ = ["MySQLEngine"]
