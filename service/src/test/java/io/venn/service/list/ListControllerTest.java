package io.venn.service.list;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.venn.read.InvalidListException;
import io.venn.service.organization.ApiKeyAuthenticator;
import io.venn.service.system.Caller;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Upload details: naming, the multipart part, and how an unusable file is reported. */
@WebMvcTest(ListController.class)
class ListControllerTest {
  private static final String KEY = "venn_test";
  @Autowired MockMvc mvc;
  @MockitoBean ListService lists;
  @MockitoBean ApiKeyAuthenticator authenticator;

  @BeforeEach
  void authenticate() {
    when(authenticator.authenticate(anyString())).thenReturn(Optional.empty());
    when(authenticator.authenticate(KEY)).thenReturn(Optional.of(new Caller("org-1", "Acme")));
  }

  private static AccountListInfo stored(String name) {
    return new AccountListInfo(
        "l-1", "org-1", name, 3, 2, 1, List.of(new AccountListInfo.Rejection(3, null, "no name or domain")),
        Map.of("Customers", 2L), Instant.EPOCH);
  }

  @Test
  void uploadRaw_nameFromQuery() throws Exception {
    when(lists.upload(eq("org-1"), eq("q3.csv"), any(InputStream.class))).thenReturn(stored("q3.csv"));
    mvc.perform(
            post("/api/v1/lists?name=q3.csv").header("Authorization", "Bearer " + KEY).contentType("text/csv").content("Name\nAcme\n"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.name").value("q3.csv"))
        .andExpect(jsonPath("$.rejected[0].line").value(3))
        .andExpect(jsonPath("$.rejected[0].reason").value("no name or domain"))
        .andExpect(jsonPath("$.populations.Customers").value(2));
  }

  @Test
  void uploadForm_nameFromFileName() throws Exception {
    when(lists.upload(eq("org-1"), eq("export.csv"), any(InputStream.class))).thenReturn(stored("export.csv"));
    mvc.perform(
            multipart("/api/v1/lists")
                .file(new MockMultipartFile("file", "export.csv", "text/csv", "Name\nAcme\n".getBytes()))
                .header("Authorization", "Bearer " + KEY))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.name").value("export.csv"));
  }

  @Test
  void uploadForm_withoutFilePart_is400() throws Exception {
    mvc.perform(
            multipart("/api/v1/lists")
                .file(new MockMultipartFile("upload", "export.csv", "text/csv", "Name\nAcme\n".getBytes()))
                .header("Authorization", "Bearer " + KEY))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Send the CSV in a multipart part named 'file' (curl -F file=@accounts.csv)."));
  }

  @Test
  void upload_invalidList_is400NamingFileAndProblem() throws Exception {
    when(lists.upload(eq("org-1"), eq("colours.csv"), any(InputStream.class)))
        .thenThrow(new InvalidListException("colours.csv", "no name or domain column"));
    mvc.perform(
            post("/api/v1/lists?name=colours.csv").header("Authorization", "Bearer " + KEY).contentType("text/csv").content("Colour\nred\n"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("colours.csv: no name or domain column. Nothing was stored."));
  }
}
