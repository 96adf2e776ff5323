"""The Reporting area: reporting cycles, partners' statuses, rates against the target, activities, partnership health."""
