"""Print the bad-input corpus: one line per case."""

from . import CATEGORIES, listing

rows = listing()
for key, title in CATEGORIES.items():
    mine = [r for r in rows if r[0] == key]
    print(f"\n{title} ({len(mine)})")
    for _, name, layer, wrong, outcome in mine:
        print(f"  {name:34} {layer:10} {outcome:8} {wrong}")
print(f"\n{len(rows)} bad inputs")
