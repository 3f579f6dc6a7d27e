"""The rollout plan's cost model: what a fiber extension, a mast, an upgrade, a Wi-Fi point or a
satellite terminal costs, in VND, with a yearly operating cost and a total cost of ownership.

Every default is **approximate**: a planner-editable starting point, not a quotation. Each
field's docstring says where its value comes from: a public figure (converted at the exchange
rate below and rounded), or, where we found none, an engineering assumption stated as such.
Money is VND throughout; a second currency (USD by default) is only shown beside it.

Sources quoted below (figures in USD are converted at ``vnd_per_unit`` and rounded):

- [AM2011] Analysys Mason for Capacity Media, "Rural fibre costs 26 % of urban fibre"
  (1 April 2011): 1 km of fibre in a rural *emerging* market USD 15,850 (urban USD 44,350).
- [FBA2024] Fiber Broadband Association / Cartesian, fiber deployment cost annual report
  (2023 and 2024 editions, United States): aerial USD 4-14 per foot, underground USD 10-27 per
  foot; the median underground about 2.5 × the median aerial. Only the aerial / underground
  *ratio* is used (US labour costs do not transfer to Viet Nam).
- [PYTAL] the open-source pytal model of E. J. Oughton (github.com/edwardoughton/pytal), unit
  cost table in USD: sector antenna 1,500 and remote radio unit 4,000 (× 3 sectors), baseband
  unit 10,000, tower 10,000, civil works 5,000, transport 10,000, installation 5,000, power and
  battery system 5,000, router 2,000 (a greenfield 4G site ≈ USD 63,500 before backhaul; small
  microwave backhaul 10,000); an upgrade re-uses the site (antennas, radios, baseband,
  installation ≈ USD 31,500); yearly opex 10 % of capex; rural fiber USD 5 per metre.
- [HW2018] Huawei / MTN in BusinessLive (4 October 2018): a standard rural tower costs about
  USD 100,000 to set up (Africa); a pole-mounted RuralStar site about USD 10,000.
- [SL2026] Thanh Niên and Báo Phú Thọ (February 2026) on Starlink in Viet Nam: the standard
  kit (dish, router, cable, mount) lists at USD 349-599 (about 9 million VND at 349); Dân Trí
  quotes 8-12 million VND in Southeast Asian markets.
- [SBV] about 25,000 VND per USD at the State Bank's 2025 central rate, about 26,000 at
  commercial banks; ``vnd_per_unit`` defaults to 26,000.

Total cost of ownership (undiscounted): TCO = capex + tco_years × opex per year.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text

#: mast height classes (m) and the field holding each class's price
MAST_CLASSES = ((30.0, "mast_30m_vnd"), (45.0, "mast_45m_vnd"), (60.0, "mast_60m_vnd"))
#: technologies that can be added to an existing mast and the field holding each price
UPGRADE_FIELDS = {"3G": "upgrade_3g_vnd", "4G": "upgrade_4g_vnd", "5G": "upgrade_5g_vnd"}
#: item kinds of the optimiser and their yearly operating cost field (fiber: per km)
OPEX_FIELDS = {
    "mast": "opex_mast_vnd_per_year",
    "upgrade": "opex_upgrade_vnd_per_year",
    "fiber": "opex_fiber_vnd_per_km_year",
    "wifi": "opex_wifi_vnd_per_year",
    "satellite": "opex_satellite_vnd_per_year",
}


@dataclass(frozen=True)
class CostModel:
    """Unit costs in VND (approximate defaults; see the module docstring for the sources)."""

    #: fiber laid along an existing road or pole line (aerial on poles, or in the road verge),
    #: per km. Approximate: [AM2011] rural emerging-market fibre USD 15,850/km mixes methods;
    #: the road / pole-line case is taken at about 60 % of it (after the aerial to underground
    #: ratio of [FBA2024]) ≈ USD 9,600 ≈ 250 million VND/km. [PYTAL]'s USD 5/m (130 million
    #: VND/km) is a lower reference.
    fiber_road_vnd_per_km: float = 250_000_000.0
    #: fiber cross-country (trench or new poles over hills, no road), per km. Approximate:
    #: [AM2011] USD 15,850/km ≈ 412 million VND, raised to 450 million for mountain terrain
    #: (engineering assumption; fiberplan.py weighs cross-country at twice a road).
    fiber_cross_vnd_per_km: float = 450_000_000.0
    #: the drop to a village: splitter, closure, village node and the last few hundred metres.
    #: Engineering assumption (equipment plus a day of a crew), not a published figure.
    fiber_drop_vnd_per_village: float = 30_000_000.0
    #: a new mast up to 30 m with its radio (site, tower, civil works, power system, 3 sectors,
    #: microwave backhaul). Approximate: [PYTAL] greenfield site USD 63,500 + small microwave
    #: backhaul USD 10,000 ≈ USD 73,500 ≈ 1.9 billion VND; [HW2018] quotes USD 100,000 for a
    #: standard rural tower in Africa.
    mast_30m_vnd: float = 1_900_000_000.0
    #: a new mast of 31-45 m with its radio: the 30 m site with a heavier lattice tower and
    #: foundation. Engineering assumption: + 300 million VND (the [PYTAL] tower item tripled).
    mast_45m_vnd: float = 2_200_000_000.0
    #: a new mast of 46-60 m with its radio. Engineering assumption: + 700 million VND over
    #: 30 m (a guyed or heavy lattice tower, longer feeders, a larger foundation).
    mast_60m_vnd: float = 2_600_000_000.0
    #: 3G added to an existing mast. Engineering assumption: the [PYTAL] upgrade (USD 31,500)
    #: less the antennas it can share (USD 4,500) ≈ USD 27,000 ≈ 700 million VND.
    upgrade_3g_vnd: float = 700_000_000.0
    #: 4G added to an existing mast (antennas, radio units, baseband, installation; backhaul
    #: upgrade excluded). Approximate: [PYTAL] upgrade USD 31,500 ≈ 820 million VND.
    upgrade_4g_vnd: float = 820_000_000.0
    #: 5G added to an existing mast (active antenna units, baseband, power upgrade). Engineering
    #: assumption: 1.5 × the 4G upgrade (massive-MIMO radios cost more than 4G's).
    upgrade_5g_vnd: float = 1_230_000_000.0
    #: a power line extension to a site far from the grid (medium / low voltage on poles), per
    #: km. Engineering assumption (about USD 15,000/km; no Vietnamese price list was found);
    #: where the folder has no grid layer the candidate builder uses the distance to a main
    #: road as the proxy and says so.
    power_vnd_per_km: float = 400_000_000.0
    #: a public Wi-Fi point (outdoor access point, pole, installation, a short drop).
    #: Engineering assumption.
    wifi_point_vnd: float = 40_000_000.0
    #: satellite for one village, the last resort: terminal kit, mount, router, a Wi-Fi
    #: extender for the village and installation. Approximate: [SL2026] kit 8-12 million VND,
    #: plus about 8 million VND of mounting, extender and a day's installation (engineering
    #: assumption).
    satellite_vnd_per_village: float = 20_000_000.0
    #: yearly operating cost of a new mast (energy, maintenance, site lease, transmission).
    #: Approximate: [PYTAL]'s 10 % of capex a year.
    opex_mast_vnd_per_year: float = 190_000_000.0
    #: yearly operating cost of a technology added to a mast (energy, maintenance, licences).
    #: Approximate: [PYTAL]'s 10 % of the 4G upgrade's capex.
    opex_upgrade_vnd_per_year: float = 80_000_000.0
    #: yearly operating cost of fiber, per km (patrol, repairs, pole rent). Engineering
    #: assumption: about 2 % of the road capex a year.
    opex_fiber_vnd_per_km_year: float = 5_000_000.0
    #: yearly operating cost of a public Wi-Fi point (backhaul subscription, power,
    #: maintenance). Engineering assumption.
    opex_wifi_vnd_per_year: float = 10_000_000.0
    #: yearly operating cost of a village's satellite service (subscription, maintenance).
    #: Approximate: about USD 65 a month ([SL2026] quotes USD 80 in Europe; Southeast Asian
    #: plans are cheaper), ≈ 20 million VND a year.
    opex_satellite_vnd_per_year: float = 20_000_000.0
    #: years counted in the total cost of ownership (5 or 10 usually)
    tco_years: int = 10
    #: a second currency shown beside VND ("" for none)
    second_currency: str = "USD"
    #: VND per unit of the second currency ([SBV], approximate, 2025)
    vnd_per_unit: float = 26_000.0

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_profile(cls, profile, path=None) -> CostModel:
        """The defaults with ``profile.costs`` (a dict of overrides, or a profile-like object
        holding one) merged over them. Unknown keys or bad values raise :class:`DataError`
        naming the key."""
        overrides = getattr(profile, "costs", profile) or {}
        return cls.from_dict(overrides, path=path)

    @classmethod
    def from_dict(cls, overrides: dict, path=None) -> CostModel:
        if not isinstance(overrides, dict):
            raise DataError(
                path,
                Text("the cost settings must be an object of name: value",
                     "thiết lập chi phí phải là một đối tượng tên: giá trị"),
                Text('write them like {"mast_30m_vnd": 1500000000}',
                     'viết theo dạng {"mast_30m_vnd": 1500000000}'),
                column="costs",
            )
        known = {f.name: f for f in fields(cls)}
        values = {}
        for key, value in overrides.items():
            if key not in known:
                raise DataError(
                    path,
                    Text(f"unknown cost setting '{key}'", f"không có thiết lập chi phí '{key}'"),
                    Text(f"use only: {', '.join(sorted(known))}",
                         f"chỉ dùng: {', '.join(sorted(known))}"),
                    column=key,
                )
            values[key] = _checked(key, value, path)
        return replace(cls(), **values)

    def to_dict(self) -> dict:
        return asdict(self)

    # ------------------------------------------------------------------ helpers
    def mast_capex(self, height_m: float) -> float:
        """A new mast of ``height_m`` (m): the price of the smallest class that holds it; above
        the tallest class, that class's price scaled by height / 60 m."""
        if not math.isfinite(height_m) or height_m <= 0:
            raise ValueError(f"mast height must be positive, got {height_m}")
        for limit, name in MAST_CLASSES:
            if height_m <= limit:
                return getattr(self, name)
        top, name = MAST_CLASSES[-1]
        return getattr(self, name) * height_m / top

    def upgrade_capex(self, technology: str) -> float:
        """A technology ("3G", "4G", "5G") added to an existing mast."""
        return getattr(self, UPGRADE_FIELDS[technology.upper()])

    def fiber_capex(self, road_km: float, cross_km: float, villages: int = 1) -> float:
        """A fiber extension: km along roads, km cross-country and a drop per village."""
        return (road_km * self.fiber_road_vnd_per_km + cross_km * self.fiber_cross_vnd_per_km
                + villages * self.fiber_drop_vnd_per_village)

    def power_capex(self, km: float) -> float:
        return km * self.power_vnd_per_km

    def opex(self, kind: str, km: float = 0.0) -> float:
        """Yearly operating cost of one item of ``kind`` (fiber: per km × ``km``)."""
        value = getattr(self, OPEX_FIELDS[kind])
        return value * km if kind == "fiber" else value

    def tco(self, capex: float, opex_per_year: float, years: int | None = None) -> float:
        """Total cost of ownership over ``years`` (default ``tco_years``), undiscounted."""
        return capex + (self.tco_years if years is None else years) * opex_per_year

    def second(self, vnd: float) -> float | None:
        """``vnd`` in the second currency, or None without one."""
        if not self.second_currency or self.vnd_per_unit <= 0:
            return None
        return vnd / self.vnd_per_unit

    def fmt(self, vnd: float, lang: str | None = None) -> str:
        """VND with thousands separators (vi: 1.500.000.000 ₫; en: 1,500,000,000 VND), and the
        second currency in brackets when there is one."""
        lang = _lang(lang)
        text = f"{group(vnd, lang)} ₫" if lang == "vi" else f"{group(vnd, lang)} VND"
        other = self.second(vnd)
        if other is not None:
            text += f" (≈ {group(other, lang)} {self.second_currency})"
        return text


def group(value: float, lang: str | None = None) -> str:
    """A whole number with thousands separators: "." in Vietnamese, "," in English."""
    sep = "." if _lang(lang) == "vi" else ","
    return f"{round(value):,}".replace(",", sep)


def _lang(lang: str | None) -> str:
    if lang is None:
        from coverage_planner.core.common.text import current_language

        return current_language()
    return lang


def _checked(key: str, value, path):
    """``value`` for field ``key``, converted and checked, or DataError naming ``key``."""
    if key == "second_currency":
        if not isinstance(value, str) or len(value) > 8:
            raise DataError(
                path,
                Text(f"'{key}' must be a currency code, got {value!r}",
                     f"'{key}' phải là mã tiền tệ, nhận được {value!r}"),
                Text('write e.g. "USD", or "" for none', 'ghi ví dụ "USD", hoặc "" nếu không dùng'),
                column=key,
            )
        return value.strip().upper()
    if key == "tco_years":
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or value != int(value) or not 1 <= value <= 50:
            raise DataError(
                path,
                Text(f"'{key}' must be a whole number of years (1-50), got {value!r}",
                     f"'{key}' phải là số năm nguyên (1-50), nhận được {value!r}"),
                Text("write 5 or 10", "ghi 5 hoặc 10"),
                column=key,
            )
        return int(value)
    ok = (not isinstance(value, bool) and isinstance(value, (int, float))
          and math.isfinite(value) and value >= 0)
    if key == "vnd_per_unit":
        ok = ok and value > 0
    if not ok:
        default = getattr(CostModel(), key)
        raise DataError(
            path,
            Text(f"'{key}' must be a number ≥ 0 (VND), got {value!r}",
                 f"'{key}' phải là một số ≥ 0 (đồng), nhận được {value!r}"),
            Text(f"write a number, e.g. {default:.0f}", f"ghi một số, ví dụ {default:.0f}"),
            column=key,
        )
    return float(value)


#: bilingual labels of every field, for the GUI's editor
FIELD_LABELS: dict[str, Text] = {
    "fiber_road_vnd_per_km": Text("Fiber along a road / pole line (VND per km)",
                                  "Cáp quang theo đường / tuyến cột (đồng/km)"),
    "fiber_cross_vnd_per_km": Text("Fiber cross-country (VND per km)",
                                   "Cáp quang băng đồng (đồng/km)"),
    "fiber_drop_vnd_per_village": Text("Fiber drop / splitter per village (VND)",
                                       "Cáp nhánh / bộ chia mỗi thôn (đồng)"),
    "mast_30m_vnd": Text("New mast up to 30 m (VND)", "Trạm mới, cột đến 30 m (đồng)"),
    "mast_45m_vnd": Text("New mast 31-45 m (VND)", "Trạm mới, cột 31-45 m (đồng)"),
    "mast_60m_vnd": Text("New mast 46-60 m (VND)", "Trạm mới, cột 46-60 m (đồng)"),
    "upgrade_3g_vnd": Text("3G added to an existing mast (VND)",
                           "Lắp thêm 3G trên trạm có sẵn (đồng)"),
    "upgrade_4g_vnd": Text("4G added to an existing mast (VND)",
                           "Lắp thêm 4G trên trạm có sẵn (đồng)"),
    "upgrade_5g_vnd": Text("5G added to an existing mast (VND)",
                           "Lắp thêm 5G trên trạm có sẵn (đồng)"),
    "power_vnd_per_km": Text("Power line extension (VND per km)",
                             "Kéo điện lưới (đồng/km)"),
    "wifi_point_vnd": Text("Public Wi-Fi point (VND)", "Điểm Wi-Fi công cộng (đồng)"),
    "satellite_vnd_per_village": Text("Satellite terminal and installation per village (VND)",
                                      "Thiết bị vệ tinh và lắp đặt mỗi thôn (đồng)"),
    "opex_mast_vnd_per_year": Text("Operating cost of a new mast (VND per year)",
                                   "Chi phí vận hành trạm mới (đồng/năm)"),
    "opex_upgrade_vnd_per_year": Text("Operating cost of an added technology (VND per year)",
                                      "Chi phí vận hành công nghệ lắp thêm (đồng/năm)"),
    "opex_fiber_vnd_per_km_year": Text("Operating cost of fiber (VND per km per year)",
                                       "Chi phí vận hành cáp quang (đồng/km/năm)"),
    "opex_wifi_vnd_per_year": Text("Operating cost of a Wi-Fi point (VND per year)",
                                   "Chi phí vận hành điểm Wi-Fi (đồng/năm)"),
    "opex_satellite_vnd_per_year": Text("Satellite service per village (VND per year)",
                                        "Cước vệ tinh mỗi thôn (đồng/năm)"),
    "tco_years": Text("Years in the total cost of ownership", "Số năm tính tổng chi phí sở hữu"),
    "second_currency": Text("Second currency (blank for none)",
                            "Đơn vị tiền thứ hai (để trống nếu không dùng)"),
    "vnd_per_unit": Text("VND per unit of the second currency",
                         "Số đồng cho một đơn vị tiền thứ hai"),
}
