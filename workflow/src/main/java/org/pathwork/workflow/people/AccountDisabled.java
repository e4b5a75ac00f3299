package org.pathwork.workflow.people;

/**
 * A person's account was disabled (by an administrator or by the roster import). Published inside
 * the transaction that disabled it, so that whatever the person could still do without signing in
 * (the links mailed to them) ends with it, or not at all.
 */
public record AccountDisabled(String personId) {
}
