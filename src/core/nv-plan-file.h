/* nv-plan-file.h: reading and writing plan files
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nv-plan.h"

G_BEGIN_DECLS

#define NV_PLAN_FORMAT_NAME    "netvaerk-plan"
#define NV_PLAN_FORMAT_VERSION 1
#define NV_PLAN_FILE_SUFFIX    ".netvaerk"
/* Larger files are refused rather than exhausting memory */
#define NV_PLAN_MAX_FILE_SIZE  (200 * 1024 * 1024)
/* The format nests objects and lists at most 7 deep; unknown members get room */
#define NV_PLAN_MAX_DEPTH      64

#define NV_PLAN_ERROR (nv_plan_error_quark ())

typedef enum
{
  NV_PLAN_ERROR_IO,
  NV_PLAN_ERROR_TOO_LARGE,
  NV_PLAN_ERROR_ENCODING,
  NV_PLAN_ERROR_SYNTAX,
  NV_PLAN_ERROR_TOO_DEEP,
  NV_PLAN_ERROR_NOT_A_PLAN,
  NV_PLAN_ERROR_NEWER_VERSION,
  NV_PLAN_ERROR_TYPE,
  NV_PLAN_ERROR_VALUE,
  NV_PLAN_ERROR_MISSING,
  NV_PLAN_ERROR_DUPLICATE_ID,
  NV_PLAN_ERROR_REFERENCE,
} NvPlanError;

GQuark   nv_plan_error_quark     (void);

NvPlan  *nv_plan_load_from_data  (const char    *data,
                                  gsize          length,
                                  GError       **error);
NvPlan  *nv_plan_load_from_file  (GFile         *file,
                                  GCancellable  *cancellable,
                                  GError       **error);
void     nv_plan_load_from_file_async  (GFile               *file,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
NvPlan  *nv_plan_load_from_file_finish (GAsyncResult        *result,
                                        GError             **error);

/* The reader's two ways, for tests to compare */
typedef enum
{
  NV_PLAN_READ_ANY,
  NV_PLAN_READ_FROM_TEXT,
  NV_PLAN_READ_FROM_TREE,
} NvPlanReadWay;

NvPlan  *nv_plan_read_with       (const char    *data,
                                  gsize          length,
                                  NvPlanReadWay  way,
                                  GError       **error);

GBytes  *nv_plan_to_bytes        (NvPlan        *plan);
gboolean nv_plan_save_to_file    (NvPlan        *plan,
                                  GFile         *file,
                                  GCancellable  *cancellable,
                                  GError       **error);

G_END_DECLS
