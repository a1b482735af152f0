package org.bellwether.core;

/** Where a reporting unit sits in the tree, from the widest to the narrowest. */
public enum UnitLevel {
    STATE, DISTRICT, COUNTY, PRECINCT
}
