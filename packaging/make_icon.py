"""Draw OPN Desk's application icon: resources/icons/opn-desk.{png,ico,icns}.

    .venv/bin/python packaging/make_icon.py

A simple, made-here icon (no outside artwork): a blue rounded square with a white ring and "OPN" in
the bundled DejaVu Sans Bold. The spec (packaging/opn-desk.spec) gives the .ico to the Windows
programs and the .icns to the macOS app; the .png is for Linux desktop entries. Pillow is installed
with ReportLab.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
BLUE = (0, 114, 188, 255)
WHITE = (255, 255, 255, 255)


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = size // 16
    pen.rounded_rectangle((margin, margin, size - margin, size - margin), radius=size // 5, fill=BLUE)
    ring = size // 5
    pen.ellipse((ring, ring, size - ring, size - ring), outline=WHITE, width=size // 28)
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"), size // 5)
    pen.text((size / 2, size / 2), "OPN", font=font, fill=WHITE, anchor="mm")
    return image


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(OUT / "opn-desk.png", optimize=True)
    big.save(OUT / "opn-desk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    big.resize((512, 512), Image.LANCZOS).save(OUT / "opn-desk.icns")
    for name in ("opn-desk.png", "opn-desk.ico", "opn-desk.icns"):
        print(f"{OUT / name}: {(OUT / name).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
