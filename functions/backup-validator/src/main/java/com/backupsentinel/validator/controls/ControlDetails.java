package com.backupsentinel.validator.controls;

/** Control-specific data a report shows beyond figures and findings (charts, breakdowns). */
public interface ControlDetails {
}
