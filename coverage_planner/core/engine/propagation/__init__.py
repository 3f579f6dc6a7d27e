"""Radio propagation models for coverage planning, vectorised with numpy (no Qt).

``from coverage_planner.core.engine import propagation``, then ``propagation.hata_loss(...)``:
every model is exported here. One module per family of models:

- :mod:`~coverage_planner.core.engine.propagation.common`: constants, :class:`ModelValidityWarning`
  and the range checks every family uses, and the free-space loss;
- :mod:`~coverage_planner.core.engine.propagation.hata`: Okumura-Hata, COST-231 Hata, the
  dispatcher between them and the point-to-area loss;
- :mod:`~coverage_planner.core.engine.propagation.tr38901`: 3GPP TR 38.901 RMa and UMa;
- :mod:`~coverage_planner.core.engine.propagation.diffraction`: ITU-R P.526 knife edge, Fresnel
  parameter, earth bulge, Bullington and Deygout over a terrain profile;
- :mod:`~coverage_planner.core.engine.propagation.p452`: ITU-R P.452-16 delta-Bullington over
  batches of profiles and along radials (numba kernels), checked against pycraf;
- :mod:`~coverage_planner.core.engine.propagation.itm`: Longley-Rice ITM 1.2.2 point to point
  over batches of profiles and along radials (numba kernels), checked against itmlogic.

A new family gets a module of its own, its row in the table below and its names in ``__all__``;
:mod:`coverage_planner.core.engine.pathloss` chooses among them by the coverage profile.

Every function accepts scalars or numpy arrays and broadcasts them; a 0-d result is returned as a
numpy ``float64`` scalar. Each empirical model checks its validity range and, when an input falls
outside it, still evaluates the formula but issues **one** :class:`ModelValidityWarning` per call
(not one per element) naming the offending parameter(s). Silence it with
``warnings.simplefilter("ignore", ModelValidityWarning)`` once you have decided to extrapolate.

Conventions
-----------
- Losses in dB, **positive** (a larger number is a weaker signal).
- Frequencies in MHz; distances in metres unless the argument name says ``_km``; heights in metres
  (antenna heights above local ground, terrain heights above sea level).
- Angles in degrees; azimuths/bearings clockwise from north; vertical angles positive *below*
  the horizon (see :mod:`coverage_planner.core.engine.antenna`, whose patterns are
  re-exported here so that a link budget needs one import).
- Speed of light c = 299 792 458 m/s, except inside the 3GPP formulas, which use the
  c = 3.0e8 m/s that TR 38.901 states for its breakpoint distances.

Models
------
=============================  ===================  ====================================================
function                       frequency            validity (warning outside)
=============================  ===================  ====================================================
free_space_loss                any                  far field; d > 0
okumura_hata_loss              150-1500 MHz         h_base 30-200 m, h_mobile 1-10 m, d 1-20 km
cost231_hata_loss              1500-2000 MHz        same geometry as Okumura-Hata
hata_loss (dispatcher)         150-2000 MHz         as above; COST-231 from 1500 MHz (and above
                                                    2000 MHz, e.g. 3G at 2100 MHz, with a warning)
path_loss_area                 150-2000 MHz         max(free space, Hata): no lower distance limit
rma_loss (TR 38.901 RMa)       0.5-30 GHz           h_BS 10-150 m, h_UT 1-10 m, h 5-50 m, W 5-50 m;
                                                    d_2D 10 m-10 km (LOS), 10 m-5 km (NLOS)
uma_loss (TR 38.901 UMa)       0.5-100 GHz          h_BS = 25 m, h_UT 1.5-22.5 m, d_2D 10 m-5 km
knife_edge_loss, fresnel_v     any                  ITU-R P.526 single knife edge, J(v)
bullington_loss                any                  ITU-R P.526 §4.5.1 Bullington, terrain profile
deygout_loss                   any                  Deygout construction (principal + 2 secondary)
p452_path_loss/_loss_along     100 MHz-50 GHz       ITU-R P.452-16 delta-Bullington; warned outside
                                                    0.25-3000 km and antennas above 3 km
itm_path_loss/_loss_along      20 MHz-20 GHz        ITM 1.2.2 point to point, 1-2000 km, antennas
                                                    0.5-3000 m
antenna_gain_db and parts      any                  3GPP TR 36.814 / 38.901 sector patterns
=============================  ===================  ====================================================

Choices worth knowing
---------------------
- Diffraction losses (Bullington, Deygout) are *excess* losses, to be added to free-space loss.
  Both include the earth curvature through the effective radius k a (k = 4/3, a = 6371 km).
- The empirical terms are **off** by default: P.526 §4.5.1's
  [1 - exp(-L/6)] (10 + 0.02 d) for Bullington, and the older P.526 Deygout correction
  T [.. + C]; each function has an ``empirical_correction`` switch.
- Okumura-Hata large city: a(h_m) switches from the <= 200 MHz to the >= 400 MHz formula at 300 MHz.
- COST-231 uses the medium-city a(h_m); its suburban / open variants borrow Hata's corrections.
- UMa uses a fixed effective environment height h_E = 1 m (38.901 draws it at random).
- Results are median losses: no shadow fading, no clutter, no indoor penetration.
"""

from coverage_planner.core.engine.antenna import (
    antenna_gain_db,
    depression_angle_deg,
    horizontal_gain_db,
    vertical_gain_db,
    wrap_angle_deg,
)
from coverage_planner.core.engine.propagation.common import (
    C_LIGHT,
    EARTH_RADIUS_M,
    FSPL_CONSTANT_DB,
    ModelValidityWarning,
    free_space_loss,
)
from coverage_planner.core.engine.propagation.diffraction import (
    bullington_loss,
    deygout_loss,
    earth_bulge_m,
    fresnel_v,
    knife_edge_loss,
)
from coverage_planner.core.engine.propagation.hata import (
    cost231_hata_loss,
    hata_loss,
    okumura_hata_loss,
    path_loss_area,
)
from coverage_planner.core.engine.propagation.itm import (
    MODE_DIFFRACTION,
    MODE_LOS,
    MODE_TROPOSCATTER,
    ITMInputError,
    ITMResult,
    itm_loss_along,
    itm_path_loss,
)
from coverage_planner.core.engine.propagation.p452 import (
    P452InputError,
    P452Result,
    p452_loss_along,
    p452_path_loss,
)
from coverage_planner.core.engine.propagation.tr38901 import rma_loss, uma_loss

__all__ = [
    "C_LIGHT",
    "EARTH_RADIUS_M",
    "FSPL_CONSTANT_DB",
    "ITMInputError",
    "ITMResult",
    "MODE_DIFFRACTION",
    "MODE_LOS",
    "MODE_TROPOSCATTER",
    "ModelValidityWarning",
    "P452InputError",
    "P452Result",
    "antenna_gain_db",
    "bullington_loss",
    "cost231_hata_loss",
    "depression_angle_deg",
    "deygout_loss",
    "earth_bulge_m",
    "free_space_loss",
    "fresnel_v",
    "hata_loss",
    "itm_loss_along",
    "itm_path_loss",
    "horizontal_gain_db",
    "knife_edge_loss",
    "okumura_hata_loss",
    "p452_loss_along",
    "p452_path_loss",
    "path_loss_area",
    "rma_loss",
    "uma_loss",
    "vertical_gain_db",
    "wrap_angle_deg",
]
