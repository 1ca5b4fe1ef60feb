package com.backupsentinel.validator.controls;

/** A control: starts a fresh evaluation for each region. */
public interface Control {

    ControlId id();

    ControlEvaluation start(ControlContext context);
}
