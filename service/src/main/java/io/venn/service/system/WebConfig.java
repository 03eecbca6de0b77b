package io.venn.service.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.venn.service.organization.ApiKeyAuthenticator;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires authentication: the API key filter, and {@link Caller} as a controller parameter. */
@Configuration
class WebConfig implements WebMvcConfigurer {

  @Bean
  FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiKeyAuthenticator authenticator, ObjectMapper json, Environment env) {
    // Bound here rather than injected, so controller slice tests (which have no VennProperties) get the filter too.
    VennProperties.Limits limits = Binder.get(env).bindOrCreate("venn.limits", VennProperties.Limits.class);
    FilterRegistrationBean<ApiKeyFilter> bean = new FilterRegistrationBean<>(new ApiKeyFilter(authenticator, json, limits));
    bean.addUrlPatterns("/api/*");
    return bean;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CallerResolver());
  }

  static final class CallerResolver implements HandlerMethodArgumentResolver {
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Object resolveArgument(
        MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request, WebDataBinderFactory binders) {
      Object caller = request.getAttribute(ApiKeyFilter.CALLER, RequestAttributes.SCOPE_REQUEST);
      if (caller == null) {
        // Only reachable if a controller outside /api/ asks for a caller: a programming error, not a 401.
        throw new IllegalStateException("no authenticated caller on " + parameter.getExecutable());
      }
      return caller;
    }
  }
}
