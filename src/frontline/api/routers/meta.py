"""GET /api/config: what the pages need to know about this server."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from frontline import __version__
from frontline.api.deps import settings
from frontline.api.settings import ApiSettings

router = APIRouter(tags=["meta"])


class ConfigOut(BaseModel):
    version: str
    tiles_url: str | None
    ingestion: bool


@router.get("/config", response_model=ConfigOut)
def config(s: Annotated[ApiSettings, Depends(settings)]) -> ConfigOut:
    return ConfigOut(version=__version__, tiles_url=s.tiles_url, ingestion=bool(s.token))
