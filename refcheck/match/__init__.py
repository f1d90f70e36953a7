"""Claim + source text -> verdict with evidence; pure."""
