# Polku: `make run` builds and serves with demo data; `make test` runs every test.
BUILD_DIR ?= build
# The sanitizer build (ASan, UBSan, and libFuzzer's coverage with clang): every C++ test again, and the fuzz targets.
SANITIZE_DIR ?= build-asan
DATABASE ?= sqlite://var/polku.db
LISTEN ?= 127.0.0.1:8080
export CCACHE_DIR ?= $(CURDIR)/.cache/ccache
export CCACHE_SLOPPINESS = pch_defines,time_macros,include_file_mtime,include_file_ctime
# Paths relative to the checkout, so that another clone or worktree hits the same cache entries.
export CCACHE_BASEDIR ?= $(CURDIR)
# -g puts the build directory into the hash unless told not to: a worktree's build would miss every entry.
export CCACHE_NOHASHDIR ?= 1

.PHONY: all deps build sanitize web run test test-cpp test-browser bench clean

all: build web

deps:
	@scripts/install-deps.sh

$(BUILD_DIR)/build.ninja: CMakeLists.txt
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR)

$(SANITIZE_DIR)/build.ninja: CMakeLists.txt
	cmake -S . -B $(SANITIZE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DPOLKU_SANITIZE=ON

sanitize: deps $(SANITIZE_DIR)/build.ninja
	cmake --build $(SANITIZE_DIR)

# The node and npm of scripts/node-path.sh: the system's when it can run Vite 8, else the pinned one.
web: deps
	@PATH="$$(scripts/node-path.sh)" && export PATH && cd web && \
	  { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || \
	    npm ci --no-audit --no-fund; } && \
	  echo "npm run build (node $$(node --version))" && npm run build

run: build web
	$(BUILD_DIR)/polku migrate --database $(DATABASE)
	$(BUILD_DIR)/polku seed-demo --database $(DATABASE)
	@echo "Polku: open http://localhost:$(lastword $(subst :, ,$(LISTEN)))/ (Ctrl-C stops)"
	$(BUILD_DIR)/polku serve --database $(DATABASE) --listen $(LISTEN) --web-root web/dist

test: build web sanitize
	scripts/test.sh

test-cpp: build
	scripts/with-postgres.sh ctest --test-dir $(BUILD_DIR) --output-on-failure -j $$(nproc)

test-browser: build web
	tests/browser/run.sh

bench: build
	bench/run.sh
	bench/registry.sh
	bench/attendance.sh
	bench/compensation.sh

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR) web/dist
