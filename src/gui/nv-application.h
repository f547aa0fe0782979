/* nv-application.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NV_TYPE_APPLICATION (nv_application_get_type ())

G_DECLARE_FINAL_TYPE (NvApplication, nv_application, NV, APPLICATION, AdwApplication)

NvApplication *nv_application_new              (void);
GMenuModel    *nv_application_get_recent_menu  (NvApplication *self);

G_END_DECLS
