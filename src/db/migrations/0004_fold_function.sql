-- Custom migration: drizzle cannot express SQL functions.
-- td_fold(text) folds Vietnamese text like foldText() in src/domain/text.ts: lower case,
-- diacritics removed, đ → d. Free-text searches (report descriptions, team names) use it so
-- that "ma tuy" finds "ma túy" without the unaccent extension. translate() maps the
-- precomposed letters (NFC, as browsers send them); lower() is applied after, since under
-- the C locale it only changes ASCII letters.
CREATE OR REPLACE FUNCTION td_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(translate(input, 'ÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÝàáâãäåèéêëìíîïòóôõöùúûüýÿĀāĂăĄąĎďĐđĒēĔĕĖėĘęĚěĨĩĪīĬĭĮįİŌōŎŏŐőŨũŪūŬŭŮůŰűŲųŶŷŸƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǪǫǬǭǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȔȕȖȗȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḬḭḮḯṌṍṎṏṐṑṒṓṲṳṴṵṶṷṸṹṺṻẎẏẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ', 'aaaaaaeeeeiiiiooooouuuuyaaaaaaeeeeiiiiooooouuuuyyaaaaaaddddeeeeeeeeeeiiiiiiiiioooooouuuuuuuuuuuuyyyoouuaaiioouuuuuuuuuuaaaaooooaaaaaaeeeeiiiioooouuuuaaeeooooooooyyaaddddddddddeeeeeeeeeeiiiioooooooouuuuuuuuuuyyyaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy')) $$;
