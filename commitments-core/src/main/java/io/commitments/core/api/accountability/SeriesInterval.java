package io.commitments.core.api.accountability;

/** The length of each period of an accountability series. */
public enum SeriesInterval {
    MONTH
}
