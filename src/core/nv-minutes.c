/* nv-minutes.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-minutes.h"

/* The state of one meeting's minutes (referat). */
struct _NvMinutes
{
  NvRecord parent_instance;

  NvMinutesStatus status;
  guint approved;
  guint sent;
};

G_DEFINE_FINAL_TYPE (NvMinutes, nv_minutes, NV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STATUS,
  PROP_APPROVED,
  PROP_SENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nv_minutes_class_init (NvMinutesClass *klass)
{
  properties[PROP_STATUS] =
    nv_field_enum ("status", N_("Status"), NV_TYPE_MINUTES_STATUS, G_STRUCT_OFFSET (NvMinutes, status));
  properties[PROP_APPROVED] =
    nv_field_date ("approved", N_("Approved"), G_STRUCT_OFFSET (NvMinutes, approved));
  properties[PROP_SENT] =
    nv_field_date ("sent", N_("Sent"), G_STRUCT_OFFSET (NvMinutes, sent));

  nv_record_class_install_fields (NV_RECORD_CLASS (klass), NULL, N_PROPS, properties);
}

static void
nv_minutes_init (NvMinutes *self)
{
}

NvMinutes *
nv_minutes_new (void)
{
  return g_object_new (NV_TYPE_MINUTES, NULL);
}

NvMinutesStatus
nv_minutes_get_status (NvMinutes *self)
{
  g_return_val_if_fail (NV_IS_MINUTES (self), 0);

  return self->status;
}

void
nv_minutes_set_status (NvMinutes *self,
                       NvMinutesStatus status)
{
  g_return_if_fail (NV_IS_MINUTES (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_STATUS], status);
}

guint
nv_minutes_get_approved (NvMinutes *self)
{
  g_return_val_if_fail (NV_IS_MINUTES (self), 0);

  return self->approved;
}

void
nv_minutes_set_approved (NvMinutes *self,
                         guint approved)
{
  g_return_if_fail (NV_IS_MINUTES (self));

  nv_record_set_uint (NV_RECORD (self), properties[PROP_APPROVED], approved);
}

guint
nv_minutes_get_sent (NvMinutes *self)
{
  g_return_val_if_fail (NV_IS_MINUTES (self), 0);

  return self->sent;
}

void
nv_minutes_set_sent (NvMinutes *self,
                     guint sent)
{
  g_return_if_fail (NV_IS_MINUTES (self));

  nv_record_set_uint (NV_RECORD (self), properties[PROP_SENT], sent);
}
