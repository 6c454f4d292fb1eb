package web

import "github.com/go-chi/chi/v5"

// mountAuthoring adds the routes of the trainers' scenario authoring in the
// browser (issue 5). The authoring feature fills it; it is called inside the
// routed group that has request timeouts, compression and security headers.
func (s *Server) mountAuthoring(r chi.Router) {}
