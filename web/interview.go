package web

import "github.com/go-chi/chi/v5"

// mountInterview adds the routes of the civil-service interview practice
// (issue 6). The interview feature fills it; it is called inside the routed
// group that has request timeouts, compression and security headers.
func (s *Server) mountInterview(r chi.Router) {}
