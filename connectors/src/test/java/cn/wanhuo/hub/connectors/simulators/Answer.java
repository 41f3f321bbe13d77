package cn.wanhuo.hub.connectors.simulators;

import tools.jackson.databind.JsonNode;

/** A simulator's HTTP answer as a test sees it. */
record Answer(int status, String body) {

  JsonNode json() {
    return Wire.JSON.readTree(body);
  }

  /** The node at a JSON pointer, e.g. {@code /error_response/code}. */
  JsonNode at(String pointer) {
    return json().at(pointer);
  }
}
