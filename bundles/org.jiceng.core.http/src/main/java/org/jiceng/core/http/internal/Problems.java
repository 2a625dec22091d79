package org.jiceng.core.http.internal;

import java.nio.charset.StandardCharsets;

/**
 * problem+json bodies for the answers Jetty gives before (or instead of) any application, in the
 * shape and with the problem types the REST API uses ({@code https://jiceng.org/problems/<type>}),
 * so a client parses every error of the server the same way. Details are fixed texts per status:
 * nothing of the request or the server's internals is echoed beyond the path.
 */
final class Problems {
    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** The type name of a status, as the REST error mapper derives it from the reason phrase. */
    static String type(int status) {
        switch (status) {
            case 400 :
                return "bad-request";
            case 401 :
                return "unauthorized";
            case 403 :
                return "forbidden";
            case 404 :
                return "not-found";
            case 405 :
                return "method-not-allowed";
            case 406 :
                return "not-acceptable";
            case 408 :
                return "request-timeout";
            case 411 :
                return "length-required";
            case 413 :
                return "payload-too-large";
            case 414 :
                return "uri-too-long";
            case 415 :
                return "unsupported-media-type";
            case 417 :
                return "expectation-failed";
            case 429 :
                return "busy";
            case 431 :
                return "request-header-fields-too-large";
            case 501 :
                return "not-implemented";
            case 503 :
                return "not-ready";
            case 505 :
                return "http-version-not-supported";
            default :
                return status >= 500 ? "internal" : "bad-request";
        }
    }

    static String title(int status) {
        switch (status) {
            case 400 :
                return "Bad Request";
            case 401 :
                return "Unauthorized";
            case 403 :
                return "Forbidden";
            case 404 :
                return "Not Found";
            case 405 :
                return "Method Not Allowed";
            case 406 :
                return "Not Acceptable";
            case 408 :
                return "Request Timeout";
            case 411 :
                return "Length Required";
            case 413 :
                return "Payload Too Large";
            case 414 :
                return "URI Too Long";
            case 415 :
                return "Unsupported Media Type";
            case 417 :
                return "Expectation Failed";
            case 429 :
                return "Too Many Requests";
            case 431 :
                return "Request Header Fields Too Large";
            case 501 :
                return "Not Implemented";
            case 503 :
                return "Service Unavailable";
            case 505 :
                return "HTTP Version Not Supported";
            default :
                return status >= 500 ? "Internal Server Error" : "Bad Request";
        }
    }

    static String detail(int status) {
        switch (status) {
            case 400 :
                return "The request could not be read as HTTP";
            case 404 :
                return "No resource at this path";
            case 405 :
                return "This resource does not take this method";
            case 406 :
                return "No representation of this resource matches the Accept header";
            case 408 :
                return "The request was not received in time";
            case 411 :
                return "The request body needs a Content-Length";
            case 413 :
                return "The request body is larger than the limit for this path";
            case 414 :
                return "The request line (path and query) is longer than the server accepts";
            case 415 :
                return "This resource does not read a body of this Content-Type";
            case 431 :
                return "The request headers are larger than the server accepts";
            case 503 :
                return "The API is starting or being rebuilt; try again shortly";
            default :
                return status >= 500 ? "The server could not complete the request; the error was logged" : "The request is not valid";
        }
    }

    static String json(int status, String instance) {
        StringBuilder json = new StringBuilder(200).append("{\"type\":\"https://jiceng.org/problems/").append(type(status))
                .append("\",\"title\":\"").append(title(status)).append("\",\"status\":").append(status).append(",\"detail\":\"")
                .append(detail(status)).append('"');
        if (instance != null) {
            json.append(",\"instance\":\"").append(TooLarge.jsonEscape(instance)).append('"');
        }
        return json.append('}').toString();
    }

    static byte[] bytes(int status, String instance) {
        return json(status, instance).getBytes(StandardCharsets.UTF_8);
    }
}
