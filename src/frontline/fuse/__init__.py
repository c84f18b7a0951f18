"""Fusion: reports of one event from different articles become one event with every source."""

from frontline.fuse.cluster import cluster, fuse
from frontline.fuse.model import FusedEvent, Report

__all__ = ["FusedEvent", "Report", "cluster", "fuse"]
