"""The Portfolio area: initiatives, their due diligence and lifecycle, who works with whom."""
