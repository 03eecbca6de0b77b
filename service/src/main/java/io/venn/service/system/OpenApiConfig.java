package io.venn.service.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API at /v3/api-docs, including how to authenticate. */
@Configuration
class OpenApiConfig {
  static {
    // The caller comes from the API key (ApiKeyFilter), not from the request: not a parameter to document.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
  }

  @Bean
  OpenAPI vennOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Venn API")
                .version("v1")
                .description(
                    "Partner account overlaps: upload lists, partner, set sharing policies, match, and read each"
                        + " side's matrix and shared overlapping records. Every call but sign-up needs"
                        + " 'Authorization: Bearer <api key>'. Errors are application/problem+json."))
        .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("apiKey"));
  }
}
