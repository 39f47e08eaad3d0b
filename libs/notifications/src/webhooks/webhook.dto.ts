import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  IsUrl,
  MaxLength,
} from 'class-validator';
import { StorableText } from '@3ipet/common';
import { NOTIFICATION_KIND_LIST } from '../records/notification-kinds';

export class CreateWebhookInput {
  @ApiProperty({ example: 'https://partner.example.org/3ipet/webhook', maxLength: 2048 })
  @IsString()
  @MaxLength(2048)
  @StorableText()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL' },
  )
  url!: string;

  @ApiProperty({
    enum: NOTIFICATION_KIND_LIST,
    isArray: true,
    example: ['match.introduced', 'match.connected'],
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(NOTIFICATION_KIND_LIST.length)
  @ArrayUnique()
  @IsIn(NOTIFICATION_KIND_LIST, {
    each: true,
    message: `each event must be one of: ${NOTIFICATION_KIND_LIST.join(', ')}`,
  })
  events!: string[];
}

export class WebhookView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  url!: string;

  @ApiProperty({ enum: NOTIFICATION_KIND_LIST, isArray: true })
  events!: string[];

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;
}

export class CreatedWebhookView extends WebhookView {
  @ApiProperty({
    description:
      'Signs every delivery (HMAC-SHA256). Shown this once: store it now; it cannot be read again.',
    example: 'whsec_…',
  })
  secret!: string;
}

export class WebhookList {
  @ApiProperty({ type: [WebhookView] })
  items!: WebhookView[];
}
