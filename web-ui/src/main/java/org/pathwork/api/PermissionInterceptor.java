package org.pathwork.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.pathwork.security.PathworkUser;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The order of checks of shared/api.md: signed in (Spring Security) → role → visible → body →
 * state. Spring MVC reads and validates a {@code @RequestBody} before the handler method runs, so
 * the service's own checks would come too late; an interceptor runs after the handler is chosen
 * (its {@link Requires} and the path's placement id are known) and before any argument is
 * resolved. It asks the service ({@link PlacementService#checkMayAttempt}), which keeps the rules;
 * a refusal goes through {@link ApiExceptionHandler} like any other.
 */
@Configuration(proxyBeanMethods = false)
class PermissionInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final PlacementService placements;

    PermissionInterceptor(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Requires requires = handler instanceof HandlerMethod m ? m.getMethodAnnotation(Requires.class) : null;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (requires == null || auth == null || !(auth.getPrincipal() instanceof PathworkUser user)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        placements.checkMayAttempt(user.actor(Source.API), requires.value(), path == null ? null : path.get("id"));
        return true;
    }
}
