"""The term markers: one shape per term, so that terms are told apart where colour cannot be."""

from __future__ import annotations

from bpokpo.render import coordinate as _n


def marker_path(shape: str, cx: float, cy: float, r: float) -> str:
    """An SVG path for a term marker of radius ``r`` centred on (cx, cy)."""
    if shape == "square":
        s = r * 0.88
        return f"M{_n(cx - s)} {_n(cy - s)}h{_n(2 * s)}v{_n(2 * s)}h{_n(-2 * s)}Z"
    if shape == "diamond":
        s = r * 1.15
        return f"M{_n(cx)} {_n(cy - s)}L{_n(cx + s)} {_n(cy)}L{_n(cx)} {_n(cy + s)}L{_n(cx - s)} {_n(cy)}Z"
    if shape == "triangle":
        s = r * 1.15
        return f"M{_n(cx)} {_n(cy - s)}L{_n(cx + s)} {_n(cy + s * 0.8)}L{_n(cx - s)} {_n(cy + s * 0.8)}Z"
    if shape == "triangle-down":
        s = r * 1.15
        return f"M{_n(cx - s)} {_n(cy - s * 0.8)}L{_n(cx + s)} {_n(cy - s * 0.8)}L{_n(cx)} {_n(cy + s)}Z"
    if shape == "hexagon":
        h = r * 0.87
        return (
            f"M{_n(cx - r)} {_n(cy)}L{_n(cx - r / 2)} {_n(cy - h)}L{_n(cx + r / 2)} {_n(cy - h)}"
            f"L{_n(cx + r)} {_n(cy)}L{_n(cx + r / 2)} {_n(cy + h)}L{_n(cx - r / 2)} {_n(cy + h)}Z"
        )
    return f"M{_n(cx - r)} {_n(cy)}a{_n(r)} {_n(r)} 0 1 0 {_n(2 * r)} 0a{_n(r)} {_n(r)} 0 1 0 {_n(-2 * r)} 0Z"
