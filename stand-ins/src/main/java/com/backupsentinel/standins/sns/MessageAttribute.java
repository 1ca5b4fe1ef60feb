package com.backupsentinel.standins.sns;

/**
 * One message attribute as sent.
 *
 * @param dataType String, Number, Binary (optionally with a custom suffix), or String.Array
 * @param value    the StringValue, or the BinaryValue as base64 text
 */
record MessageAttribute(String dataType, String value) {
}
