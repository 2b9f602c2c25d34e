"""More terms for a copy of data/: CONTRIBUTING's ITO example, then others, up to a given count.

Each new term gets a value in every dimension that has values of its own, whatever the
dimensions are, from phrases with the long Swedish compounds a real term would bring.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import yaml
from content_edits import ITO_WALKTHROUGH, add_source, contributing_blocks, example_source

# The other terms' facts are test data: they cite this source, added to data/sources.yml.
TEST_SOURCE = example_source("extra-terms-test-source", "Test source of the extra terms")

# Values for each new term, used in turn for the dimensions that have values.
PHRASES: dict[str, list[tuple[str, str]]] = {
    "ito": [
        ("Tekniska standarder", "Technical standards"),
        ("Varierande komplexitet", "Varying complexity"),
        ("Teknisk expertis", "Technical expertise"),
        ("Teknikdriven", "Technology-driven"),
        ("Medelhög grad", "Medium"),
        ("Tekniska färdigheter", "Technical skills"),
        ("IT-system och infrastruktur", "IT systems and infrastructure"),
        ("Kostnadsarbitrage", "Cost arbitrage"),
        ("Standardiserade tjänster", "Standardised services"),
    ],
    "lpo": [
        ("Rättspraxis och avtalsvillkor", "Case law and contract terms"),
        ("Specialiserad juridisk komplexitet", "Specialised legal complexity"),
        ("Juristexamen och domstolserfarenhet", "Law degree and court experience"),
        ("Regelefterlevnadsdriven", "Compliance-driven"),
        ("Nära samarbete med bolagsjurister", "Close work with in-house counsel"),
        ("Avtalsgranskningskompetens", "Contract review expertise"),
        ("Dokumentgranskning och due diligence", "Document review and due diligence"),
        ("Kompetensarbitrage", "Expertise arbitrage"),
        ("Granskningsprotokoll", "Review protocols"),
    ],
    "rpo": [
        ("Rekryteringsprocesser", "Recruitment processes"),
        ("Måttlig komplexitet", "Moderate complexity"),
        ("Arbetsmarknadskännedom", "Labour market knowledge"),
        ("Anställningsbehovsdriven", "Hiring-demand-driven"),
        ("Löpande avstämning med chefer", "Ongoing alignment with managers"),
        ("Rekryteringsförmåga", "Recruiting ability"),
        ("Kandidatförsörjning", "Candidate sourcing"),
        ("Skalfördelar i rekrytering", "Economies of scale in hiring"),
        ("Urvalsmetodik", "Selection methods"),
    ],
    "fao": [
        ("Redovisningsstandarder", "Accounting standards"),
        ("Medelhög komplexitet", "Medium complexity"),
        ("Redovisningskompetens", "Accounting expertise"),
        ("Periodbokslutsdriven", "Period-close-driven"),
        ("Månatliga avstämningsmöten", "Monthly reconciliation meetings"),
        ("Auktoriserad redovisningskonsult", "Certified accountant"),
        ("Bokföring och leverantörsreskontra", "Bookkeeping and accounts payable"),
        ("Kostnadsarbitrage", "Cost arbitrage"),
        ("Standardiserade redovisningsrutiner", "Standard accounting routines"),
    ],
    "hro": [
        ("Arbetsrättslig lagstiftning", "Employment legislation"),
        ("Varierande komplexitet", "Varying complexity"),
        ("Personaladministrativ erfarenhet", "HR administration experience"),
        ("Effektivitetsdriven", "Efficiency-driven"),
        ("Regelbunden personalavstämning", "Regular staff reviews"),
        ("Löneadministrationskunskap", "Payroll knowledge"),
        ("Lönehantering och förmåner", "Payroll and benefits"),
        ("Kostnadsarbitrage", "Cost arbitrage"),
        ("Självbetjäningsportaler", "Self-service portals"),
    ],
}
NAMES = {
    "lpo": ("Outsourcing av juridiska processer", "Legal process outsourcing"),
    "rpo": ("Outsourcing av rekryteringsprocesser", "Recruitment process outsourcing"),
    "fao": ("Outsourcing av ekonomifunktioner", "Finance and accounting outsourcing"),
    "hro": ("Outsourcing av personaladministration", "Human resources outsourcing"),
}


def term_file(term_id: str, order: int) -> str:
    if term_id == "ito":  # CONTRIBUTING's ITO file, as its walkthrough writes it
        return contributing_blocks(ITO_WALKTHROUGH, "yaml")[1].replace("order: 3", f"order: {order}")
    sv, en = NAMES[term_id]
    term: dict[str, Any] = {
        "id": term_id,
        "order": order,
        "abbreviation": term_id.upper(),
        "full_name": {"sv": sv, "en": en},
        "definition": {"sv": f"{sv}.", "en": f"{en}."},
        "activities": [{"id": f"{term_id}-work", "name": {"sv": sv, "en": en}}],
        "sources": ["extra-terms-test-source"],
    }
    return yaml.safe_dump(term, allow_unicode=True, sort_keys=False)


def add_terms(data: Path, total: int) -> list[str]:
    """Add terms to the data folder ``data`` until it has ``total``; the ids added, in order."""
    existing = sorted((data / "terms").glob("*.yml"))
    wanted = total - len(existing)
    present = {path.stem for path in existing}
    added = [term_id for term_id in PHRASES if term_id not in present][:wanted]
    assert len(added) == wanted, f"only {len(PHRASES)} extra terms are defined"
    dimensions_path = data / "dimensions.yml"
    dimensions = yaml.safe_load(dimensions_path.read_text(encoding="utf-8"))
    cited = [contributing_blocks(ITO_WALKTHROUGH, "yaml")[0]] if "ito" in added else []
    cited += [TEST_SOURCE] if any(term_id != "ito" for term_id in added) else []
    if cited:
        add_source(data.parent, "\n".join(cited))
    for order, term_id in enumerate(added, start=len(existing) + 1):
        (data / "terms" / f"{term_id}.yml").write_text(term_file(term_id, order), encoding="utf-8")
        phrases = itertools.cycle(PHRASES[term_id])
        for dimension in dimensions["dimensions"]:
            if "values" in dimension:
                sv, en = next(phrases)
                dimension["values"][term_id] = {"sv": sv, "en": en}
    dimensions_path.write_text(
        "# yaml-language-server: $schema=../src/bpokpo/schemas/dimensions.schema.json\n"
        + yaml.safe_dump(dimensions, allow_unicode=True, sort_keys=False, width=200),
        encoding="utf-8",
    )
    return added
