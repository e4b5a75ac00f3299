package org.pathwork.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.pathwork.workflow.common.Permission;

/**
 * The permission a write endpoint needs, checked by {@link PermissionInterceptor} before the
 * request body is read. Every handler method that takes a body carries one
 * ({@code EndpointPermissionsTest}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Requires {
    Permission value();
}
