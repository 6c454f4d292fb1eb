package web

import (
	"embed"
	"io/fs"
	"net/http"

	"github.com/go-chi/chi/v5"

	"receptioncoach/coach"
)

// staticFiles holds the page: HTML, CSS and JS, served as they are (no build
// step). go:embed needs a package-level variable; it is read-only.
//
//go:embed static
var staticFiles embed.FS

// staticFS returns the static directory as the root of a file system.
func staticFS() fs.FS {
	sub, err := fs.Sub(staticFiles, "static")
	if err != nil {
		panic(err) // the directory is embedded at build time; this cannot fail
	}
	return sub
}

// staticHandler serves /static/* from the embedded files.
func staticHandler() http.Handler {
	files := http.StripPrefix("/static/", http.FileServerFS(staticFS()))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}

// handlePage serves the page of a new talk.
func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	servePage(w, http.StatusOK)
}

// handleSessionPage serves the page, which then loads the session named in
// the path read-only. An unknown session still gets the page (which says so)
// but with status 404.
func (s *Server) handleSessionPage(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	id := chi.URLParam(r, "id")
	if id == "" || len(id) > maxIDLen {
		status = http.StatusNotFound
	} else if _, err := s.Coach.Session(r.Context(), id); err != nil {
		status = statusOf(coach.ErrorCode(err))
		if status >= 500 {
			s.logger().Error("load session for page", "id", id, "err", err)
		}
	}
	servePage(w, status)
}

func servePage(w http.ResponseWriter, status int) {
	b, err := fs.ReadFile(staticFS(), "index.html")
	if err != nil {
		http.Error(w, "page missing", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	w.Write(b)
}
